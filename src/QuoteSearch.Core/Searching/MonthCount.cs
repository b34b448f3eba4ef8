namespace QuoteSearch.Core.Searching;

/// <summary>Quotes in one month ("2026-02"), for a speaker's timeline.</summary>
public sealed record MonthCount(string Month, int Quotes);
