namespace QuoteSearch.Core.Attribution;

/// <summary>Where the cue of a quote was found, which also says how much to trust it.</summary>
internal enum CuePlacement
{
    /// <summary>After the quote: "“Q,” Brandvik said" or "“Q,” said Brandvik".</summary>
    After,
    /// <summary>Before the quote in the same sentence: "Brandvik said: “Q”", "Semyanov told state media that “Q”".</summary>
    Before,
    /// <summary>In the sentence just before, which the quote follows: "Falk agreed. “Q.”"</summary>
    PreviousSentence,
    /// <summary>No cue verb: the sentence's subject ("He blasted nations for seeking to “disrupt”").</summary>
    SentenceSubject,
}
