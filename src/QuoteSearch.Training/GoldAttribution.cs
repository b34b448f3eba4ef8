using System.Text.Json.Serialization;

namespace QuoteSearch.Training;

/// <summary>One line of a PolNeAR spans file: the attribution's kind and the text of its content and source mention.</summary>
internal sealed record GoldAttribution(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("content_text")] string ContentText,
    [property: JsonPropertyName("source_text")] string SourceText);
