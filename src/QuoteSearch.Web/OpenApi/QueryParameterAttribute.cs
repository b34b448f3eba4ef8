namespace QuoteSearch.Web.OpenApi;

/// <summary>
/// How a query-string parameter read as text is documented: its JSON schema type (<c>integer</c>, <c>string</c>), a
/// format (<c>date</c>), the allowed values, the bounds of an integer, and a description. Binding stays textual so the
/// API can answer a bad value with its own message. See <see cref="QueryParameterTypes"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class QueryParameterAttribute(string description) : Attribute
{
    public string Description { get; } = description;
    public string Type { get; init; } = "string";
    public string? Format { get; init; }
    public string[] Values { get; init; } = [];
    public int Minimum { get; init; } = int.MinValue;
    public int Maximum { get; init; } = int.MaxValue;
    public string? Default { get; init; }
}
