namespace QuoteSearch.Core.Attribution;

/// <summary>Where the cue of a quote was found, which also says how much to trust it.</summary>
internal enum CuePlacement
{
    /// <summary>After the quote: "“Q,” Flynn said" or "“Q,” said Flynn".</summary>
    After,
    /// <summary>Before the quote in the same sentence: "Flynn said: “Q”", "Dmitriev told state media that “Q”".</summary>
    Before,
    /// <summary>In the sentence just before, which the quote follows: "Bystrom agreed. “Q.”"</summary>
    PreviousSentence,
    /// <summary>No cue verb: the sentence's subject ("He blasted nations for seeking to “disrupt”").</summary>
    SentenceSubject,
}
