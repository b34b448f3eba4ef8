using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace QuoteSearch.Web.Services;

/// <summary>
/// A 415 that lists the media types the endpoint reads, so a client learns what to send. Routing answers 415 before
/// any controller runs, so the types come from the endpoints that match the request's path and method.
/// </summary>
public static class MediaTypeProblems
{
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status415UnsupportedMediaType) return;
        var request = context.HttpContext.Request;
        var sources = context.HttpContext.RequestServices.GetServices<EndpointDataSource>();
        var accepted = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(request.Method) == true)
            .Where(e => Matches(e, request.Path))
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (accepted.Count > 0) context.ProblemDetails.Detail = Problems.UnsupportedMediaType(accepted);
    }

    private static bool Matches(RouteEndpoint endpoint, PathString path) =>
        endpoint.RoutePattern.RawText is { } template
        && new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary());
}
