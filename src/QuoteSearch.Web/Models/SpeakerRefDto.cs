namespace QuoteSearch.Web.Models;

/// <summary>Who said a quote: the speaker id (for <c>/api/speakers/{id}</c>), the name, the role, and the type: "person" or
/// "organisation" (null in an index written before speakers had a type).</summary>
public sealed record SpeakerRefDto(string Id, string Name, string? Role, string? Type = null);
