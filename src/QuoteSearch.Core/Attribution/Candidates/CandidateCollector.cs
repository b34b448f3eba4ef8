using QuoteSearch.Core.Language;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Quotes;

namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// Collects the candidate speakers of one quote from every attribution unit that is on: the cue patterns of its
/// own and the previous sentence, a lead-in paragraph before it, and the speaker of the quote before. Proposals
/// that resolve to the same person become one candidate.
/// </summary>
internal sealed class CandidateCollector(
    List<List<Token>> tokens, SpeakerResolver resolver, ArticleNames names, AttributionUnits units)
{
    // The rules' pick when no unit proposed that very speaker (a pronoun the rules resolved differently): not a unit
    // that can be switched off, so it has no feature column of its own; rule_pick marks it.
    private const string RulesOnly = "rules";

    private readonly Dictionary<string, NameFacts> facts = new(StringComparer.Ordinal);
    // The name in each speaker string, asked once per article: the same few names come back for every quote.
    private readonly Dictionary<string, string?> namesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(Mention Mention, int Position, int At)>> namesByParagraph = [];

    // How far a proposal stands from its quote: the same sentence, the sentence before, the paragraph before.
    private const int SameSentence = 0;
    private const int SentenceBefore = 1;
    private const int ParagraphBefore = 2;

    /// <param name="k">The quote's token in its paragraph.</param>
    /// <param name="readings">What each cue pattern read for the quote.</param>
    /// <param name="followOn">The previous quote's speaker when it is close enough to carry over.</param>
    /// <param name="rulePick">The speaker today's fixed order of rules chooses.</param>
    public CandidateSet For(
        QuoteSpan span, int k, CueReadings? readings, QuoteKind kind, string text, Quote? last, SpeakerResolver.Speaker? followOn,
        SpeakerResolver.Speaker? rulePick, double ruleConfidence)
    {
        var proposals = new List<Proposal>();
        foreach (var (unit, cue) in readings?.All() ?? [])
        {
            var distance = cue.Placement == CuePlacement.PreviousSentence ? SentenceBefore : SameSentence;
            Add(proposals, unit, cue.Speaker, span.Paragraph, span.OpenMark, cue.Verb, distance);
        }
        if (units.Has(AttributionUnits.LeadIn)) AddLeadIn(proposals, span);
        if (units.Has(AttributionUnits.FollowOn) && followOn is not null)
        {
            var distance = last?.Paragraph == span.Paragraph ? SameSentence : ParagraphBefore;
            var mention = new Mention(MentionKind.Person, followOn.Name, null);
            proposals.Add(new Proposal(AttributionUnits.FollowOn, mention, followOn, null, distance));
        }
        if (units.Has(AttributionUnits.Nearby)) AddNearby(proposals, span, k);
        // Only names are candidates: a description or a fragment would win the choice and then be dropped, leaving a
        // quote with no speaker although a name was in reach.
        proposals = proposals.Select(Named).OfType<Proposal>().ToList();
        if (rulePick is not null && NameOf(rulePick.Name) is { } picked) rulePick = rulePick with { Name = picked };
        else rulePick = null;
        if (rulePick is not null && proposals.All(p => p.Speaker.Name != rulePick.Name))
        {
            proposals.Add(new Proposal(RulesOnly, new Mention(MentionKind.Person, rulePick.Name, null), rulePick, null, SameSentence));
        }
        var candidates = proposals.GroupBy(p => p.Speaker.Name)
            .Select(g => g.Key == rulePick?.Name
                ? new SpeakerCandidate(rulePick, g.ToList(), RulePick: true, NameFacts.Of(g.Key, names, facts))
                : new SpeakerCandidate(g.First().Speaker, g.ToList(), RulePick: false, NameFacts.Of(g.Key, names, facts)))
            .ToList();
        var opensParagraph = tokens[span.Paragraph].Count > 0 && k == 0;
        return new CandidateSet(
            text, kind, opensParagraph, span.IsContinuation, span.SingleMarks, followOn?.Name, ruleConfidence, candidates);
    }

    private void AddLeadIn(List<Proposal> proposals, QuoteSpan span)
    {
        if (SpeakerAttributor.IntroducedByPreviousParagraph(tokens, span) is { } introduced)
        {
            Add(proposals, AttributionUnits.LeadIn, introduced.Speaker, span.Paragraph - 1, int.MaxValue, introduced.Verb, ParagraphBefore);
        }
    }

    private void AddNearby(List<Proposal> proposals, QuoteSpan span, int k)
    {
        foreach (var near in NearbyNames.Of(tokens, span.Paragraph, k, NamesIn))
        {
            if (resolver.Resolve(near.Mention, near.Paragraph, near.Position, recordRole: false) is not { } speaker) continue;
            proposals.Add(new Proposal(AttributionUnits.Nearby, near.Mention, speaker, null, near.Distance, near.Rank, near.After));
        }
    }

    private Proposal? Named(Proposal proposal) => NameOf(proposal.Speaker.Name) switch
    {
        null => null,
        var name when name == proposal.Speaker.Name => proposal,
        var name => proposal with { Speaker = proposal.Speaker with { Name = name } },
    };

    private string? NameOf(string speaker)
    {
        if (!namesOf.TryGetValue(speaker, out var name)) namesOf[speaker] = name = SpeakerNames.Name(speaker);
        return name;
    }

    private List<(Mention Mention, int Position, int At)> NamesIn(int paragraph)
    {
        if (!namesByParagraph.TryGetValue(paragraph, out var found))
        {
            namesByParagraph[paragraph] = found = NearbyNames.In(tokens[paragraph]);
        }
        return found;
    }

    private void Add(List<Proposal> proposals, string unit, Mention mention, int paragraph, int position, string? verb, int distance)
    {
        if (resolver.Resolve(mention, paragraph, position, recordRole: false) is { } speaker && speaker.Name.Length > 0)
        {
            proposals.Add(new Proposal(unit, mention, speaker, verb, distance));
        }
    }
}
