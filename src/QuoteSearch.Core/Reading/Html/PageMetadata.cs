namespace QuoteSearch.Core.Reading.Html;

public sealed record PageMetadata(string? Title, DateOnly? Published, string? Url, string? Site, string? Author);
