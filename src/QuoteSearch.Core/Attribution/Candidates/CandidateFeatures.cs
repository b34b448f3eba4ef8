using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// The numbers the learned choice reads for one candidate speaker of one quote: which units proposed them, the
/// mention kinds and cue verb behind them, what the article knows of the name, and the shape of the quote.
/// Training and extraction both read them from here, so the model always sees the same columns in the same order.
/// </summary>
internal static class CandidateFeatures
{
    private static readonly string[] UnitNames = AttributionUnits.Names.Where(n => n != AttributionUnits.Model).ToArray();

    /// <summary>Column names, in the order <see cref="Of"/> fills them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "rule_pick", .. UnitNames.Select(u => "unit_" + u), "units", "by_name", "by_pronoun", "by_description",
        "has_verb", "weak_verb", "according_to", "organisation", "person", "name_words", "lowercase_name", "last_speaker",
        "direct", "quote_words", "opens_paragraph", "continuation", "single_marks", "candidates", "distance",
        "rule_confidence", "gender_agreement", "nearby_rank", "nearby_after", "cue_units",
    ];

    public static int Count => Names.Count;

    private const int MaxDistance = 40;

    /// <summary>The features of <paramref name="candidate"/> in <paramref name="set"/>: <see cref="Count"/> numbers.</summary>
    public static float[] Of(CandidateSet set, SpeakerCandidate candidate, ArticleNames names)
    {
        var f = new float[Count];
        var proposals = candidate.Proposals;
        var name = candidate.Speaker.Name;
        var i = 0;
        f[i++] = candidate.RulePick ? 1 : 0;
        foreach (var unit in UnitNames) f[i++] = proposals.Any(p => p.Unit == unit) ? 1 : 0;
        f[i++] = proposals.Select(p => p.Unit).Distinct().Count();
        f[i++] = Any(proposals, MentionKind.Person);
        f[i++] = Any(proposals, MentionKind.Pronoun);
        f[i++] = Any(proposals, MentionKind.Description);
        f[i++] = proposals.Any(p => p.Verb is not null) ? 1 : 0;
        f[i++] = proposals.Any(p => p.Verb is not null && Lexicon.WeakCues.Contains(p.Verb)) ? 1 : 0;
        f[i++] = proposals.Any(p => p.Verb == "according to") ? 1 : 0;
        f[i++] = names.IsOrganisation(name) ? 1 : 0;
        f[i++] = names.IsPerson(name) ? 1 : 0;
        f[i++] = name.Count(c => c == ' ') + 1;
        f[i++] = name.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0])) ? 1 : 0;
        f[i++] = set.LastSpeaker == name ? 1 : 0;
        f[i++] = set.Kind == QuoteKind.Direct ? 1 : 0;
        f[i++] = MathF.Log(1 + QuoteKinds.WordCount(set.QuoteText));
        f[i++] = set.OpensParagraph ? 1 : 0;
        f[i++] = set.IsContinuation ? 1 : 0;
        f[i++] = set.SingleMarks ? 1 : 0;
        f[i++] = set.Candidates.Count;
        f[i++] = Math.Min(MaxDistance, proposals.Min(p => p.Distance));
        f[i++] = candidate.RulePick ? (float)set.RuleConfidence : 0;
        f[i++] = GenderAgreement(proposals, names.GenderOf(name));
        var nearby = proposals.Where(p => p.Unit == AttributionUnits.Nearby).ToList();
        f[i++] = nearby.Count == 0 ? NearbyNames.MaxNames : nearby.Min(p => p.Rank);
        f[i++] = nearby.Any(p => p.AfterQuote) ? 1 : 0;
        f[i++] = proposals.Count(p => p.Unit is not (AttributionUnits.Nearby or AttributionUnits.FollowOn));
        return f;
    }

    private static float Any(IReadOnlyList<Proposal> proposals, MentionKind kind) => proposals.Any(p => p.Mention.Kind == kind) ? 1 : 0;

    /// <summary>1 when a "he"/"she" behind the candidate fits their known gender, -1 when it does not, 0 when unknown.</summary>
    private static float GenderAgreement(IReadOnlyList<Proposal> proposals, Gender gender)
    {
        if (gender == Gender.Unknown) return 0;
        var pronouns = proposals.Where(p => p.Mention.Kind == MentionKind.Pronoun).Select(p => Genders.OfPronoun(p.Mention.Text))
            .Where(g => g != Gender.Unknown).ToList();
        if (pronouns.Count == 0) return 0;
        return pronouns.All(g => g == gender) ? 1 : -1;
    }
}
