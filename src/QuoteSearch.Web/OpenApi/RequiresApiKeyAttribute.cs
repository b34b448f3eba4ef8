namespace QuoteSearch.Web.OpenApi;

/// <summary>
/// Marks an action that needs the <c>X-Api-Key</c> header; the OpenAPI document says so (see <see cref="ApiKeySecurity"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresApiKeyAttribute : Attribute;
