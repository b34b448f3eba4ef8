using System.Text.Json;
using System.Text.Json.Serialization;
using QuoteSearch.Web.Models;

namespace QuoteSearch.Web.Services;

/// <summary>
/// Serialisation code generated at build time for the answers the API gives most (a page of quotes, a speaker list),
/// with MVC's own settings (camelCase names, the web defaults): the same JSON without reflection-built converters.
/// Types not listed here are serialised as before.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(QuotePageDto))]
[JsonSerializable(typeof(List<QuoteDto>))]
[JsonSerializable(typeof(SpeakerListDto))]
[JsonSerializable(typeof(QuoteGroupDto))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
