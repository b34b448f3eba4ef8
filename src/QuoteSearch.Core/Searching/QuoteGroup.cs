namespace QuoteSearch.Core.Searching;

/// <summary>
/// One quote as carried by several articles (same words, case, punctuation and quote marks aside): when and
/// where it was first seen, how many articles carried it, and each appearance.
/// </summary>
public sealed record QuoteGroup(
    string Fingerprint,
    string Text,
    string? FirstSeen,
    string? FirstOutlet,
    int Articles,
    IReadOnlyList<QuoteHit> Appearances);
