namespace QuoteSearch.Web.Models;

public sealed record SpeakerRefDto(string Id, string Name, string? Role);
