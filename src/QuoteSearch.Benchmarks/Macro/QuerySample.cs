namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// One indexed quote as the HTTP query mix draws from it: its text, the speaker id it is filed under (null without
/// one) and its published day (null when undated).
/// </summary>
internal sealed record QuerySample(string Text, string? SpeakerId, DateOnly? Published);
