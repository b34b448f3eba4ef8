namespace QuoteSearch.Core.Attribution;

/// <summary>
/// The named units of attribution: each cue pattern that proposes a speaker, and the learned choice among them.
/// Every unit is on by default; switching one off (<c>extract --ablate NAME</c>) measures what it adds.
/// </summary>
public sealed record AttributionUnits
{
    /// <summary>"“Q,” X said", "“Q,” said X", "“Q.” — X": a cue right after the quote.</summary>
    public const string After = "after";
    /// <summary>"X said: “Q”", "X told reporters that “Q”": a cue before the quote in its sentence.</summary>
    public const string Before = "before";
    /// <summary>"… - X: “Q”": a name right before the colon that opens the quote.</summary>
    public const string Colon = "colon";
    /// <summary>No cue verb: the subject of the quote's own sentence.</summary>
    public const string Subject = "subject";
    /// <summary>"X agreed. “Q.”": a cue verb in the sentence before.</summary>
    public const string PreviousSentence = "previous-sentence";
    /// <summary>"X turned to the crowd. “Q.”": the named subject of the sentence before, whatever its verb.</summary>
    public const string PreviousSubject = "previous-subject";
    /// <summary>"… he said:" ending the paragraph before, or a lead-in line "And from X:" / "From the desk of X, …".</summary>
    public const string LeadIn = "lead-in";
    /// <summary>A quote without a cue continues the speaker of the quote just before it.</summary>
    public const string FollowOn = "follow-on";
    /// <summary>Every person named in the quote's sentence, the sentence before and the paragraph before, cue or no cue.</summary>
    public const string Nearby = "nearby";
    /// <summary>The learned choice among candidates; off, the first unit in today's fixed order wins.</summary>
    public const string Model = "model";

    /// <summary>Every unit name, in the order the fixed rules try them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [After, Before, Colon, Subject, PreviousSentence, PreviousSubject, LeadIn, FollowOn, Nearby, Model];

    /// <summary>All units on.</summary>
    public static AttributionUnits All { get; } = new([]);

    private readonly HashSet<string> off;

    private AttributionUnits(IEnumerable<string> off) => this.off = new HashSet<string>(off, StringComparer.Ordinal);

    /// <summary>
    /// The units left on after switching off <paramref name="names"/>; an unknown name is an error naming the known ones.
    /// </summary>
    public static Domain.Result<AttributionUnits> Without(IEnumerable<string> names)
    {
        var list = names.ToList();
        var unknown = list.FirstOrDefault(n => !Names.Contains(n));
        return unknown is null
            ? Domain.Result<AttributionUnits>.Ok(new AttributionUnits(list))
            : Domain.Result<AttributionUnits>.Fail($"no attribution unit '{unknown}'; the units are {string.Join(", ", Names)}");
    }

    /// <summary>Whether <paramref name="unit"/> is on.</summary>
    public bool Has(string unit) => !off.Contains(unit);
}
