namespace QuoteSearch.Web.Services;

/// <summary>
/// One log line for every write request to the API (POST, PUT, PATCH, DELETE), allowed or not: method, path with
/// query, status, body size, client address. Headers are never logged, so neither is the API key.
/// </summary>
public static class WriteLog
{
    public const string Category = "QuoteSearch.Writes";

    public static IApplicationBuilder UseWriteLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            await next(context);
            var request = context.Request;
            if (!IsWrite(request.Method) || !request.Path.StartsWithSegments("/api")) return;
            logger.LogInformation("write {Method} {Path}{Query} -> {Status} ({Bytes} bytes from {Client})",
                request.Method, request.Path.Value, request.QueryString.Value, context.Response.StatusCode,
                request.ContentLength ?? 0, context.Connection.RemoteIpAddress?.ToString() ?? "test");
        });
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
