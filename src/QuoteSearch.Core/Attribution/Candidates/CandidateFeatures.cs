using QuoteSearch.Core.Language;
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
    public static float[] Of(CandidateSet set, SpeakerCandidate candidate)
    {
        var f = new float[Count];
        var proposals = candidate.Proposals;
        var name = candidate.Speaker.Name;
        // One pass over the proposals: extraction scores every candidate of every quote, so no LINQ here.
        var (byName, byPronoun, byDescription, hasVerb, weakVerb, accordingTo, afterQuote) = (0f, 0f, 0f, 0f, 0f, 0f, 0f);
        var (distance, rank, cueUnits, units) = (MaxDistance, NearbyNames.MaxNames, 0, 0);
        var seen = 0;
        foreach (var p in proposals)
        {
            var unit = Array.IndexOf(UnitNames, p.Unit);
            if (unit >= 0 && (seen & (1 << unit)) == 0) (seen, units) = (seen | (1 << unit), units + 1);
            if (p.Mention.Kind == MentionKind.Person) byName = 1;
            else if (p.Mention.Kind == MentionKind.Pronoun) byPronoun = 1;
            else byDescription = 1;
            if (p.Verb is { } verb)
            {
                hasVerb = 1;
                if (Lexicon.WeakCues.Contains(verb)) weakVerb = 1;
                if (verb == "according to") accordingTo = 1;
            }
            distance = Math.Min(distance, p.Distance);
            if (p.Unit == AttributionUnits.Nearby) (rank, afterQuote) = (Math.Min(rank, p.Rank), p.AfterQuote ? 1 : afterQuote);
            else if (p.Unit != AttributionUnits.FollowOn) cueUnits++;
        }
        var i = 0;
        f[i++] = candidate.RulePick ? 1 : 0;
        for (var u = 0; u < UnitNames.Length; u++) f[i++] = (seen & (1 << u)) != 0 ? 1 : 0;
        f[i++] = units;
        f[i++] = byName;
        f[i++] = byPronoun;
        f[i++] = byDescription;
        f[i++] = hasVerb;
        f[i++] = weakVerb;
        f[i++] = accordingTo;
        f[i++] = candidate.Facts.IsOrganisation ? 1 : 0;
        f[i++] = candidate.Facts.IsPerson ? 1 : 0;
        f[i++] = name.Count(c => c == ' ') + 1;
        f[i++] = HasLowercaseWord(name) ? 1 : 0;
        f[i++] = set.LastSpeaker == name ? 1 : 0;
        f[i++] = set.Kind == QuoteKind.Direct ? 1 : 0;
        f[i++] = MathF.Log(1 + QuoteKinds.WordCount(set.QuoteText));
        f[i++] = set.OpensParagraph ? 1 : 0;
        f[i++] = set.IsContinuation ? 1 : 0;
        f[i++] = set.SingleMarks ? 1 : 0;
        f[i++] = set.Candidates.Count;
        f[i++] = distance;
        f[i++] = candidate.RulePick ? (float)set.RuleConfidence : 0;
        f[i++] = byPronoun > 0 ? GenderAgreement(proposals, candidate.Facts.Gender) : 0;
        f[i++] = rank;
        f[i++] = afterQuote;
        f[i++] = cueUnits;
        return f;
    }

    /// <summary>"a homeless man", "the senator": a word of the name that starts in lower case.</summary>
    private static bool HasLowercaseWord(string name)
    {
        for (var c = 0; c < name.Length; c++)
        {
            if ((c == 0 || name[c - 1] == ' ') && char.IsLower(name[c])) return true;
        }
        return false;
    }

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
