namespace QuoteSearch.Web.OpenApi;

/// <summary>
/// The JSON shape of the body an action reads from the request stream itself (no bound parameter to describe it);
/// text media types of its <c>[Consumes]</c> are described as strings. See <see cref="RawRequestBodies"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequestBodyAttribute(Type jsonType) : Attribute
{
    public Type JsonType { get; } = jsonType;
}
