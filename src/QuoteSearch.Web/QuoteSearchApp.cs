using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Web.OpenApi;
using QuoteSearch.Web.Security;
using QuoteSearch.Web.Services;

namespace QuoteSearch.Web;

/// <summary>Builds the web app: JSON API controllers, the embedded UI, OpenAPI, health and security headers.</summary>
public static class QuoteSearchApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Bind to loopback unless told otherwise (--urls, ASPNETCORE_URLS).
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // Structured logs: one JSON object a line (QuoteSearch:JsonLogs=true) or one readable line per event.
        builder.Logging.ClearProviders();
        if (builder.Configuration.GetValue<bool>("QuoteSearch:JsonLogs")) builder.Logging.AddJsonConsole();
        else builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        builder.Services.PostConfigure<WebOptions>(o => o.ApiKey ??= Environment.GetEnvironmentVariable("QUOTESEARCH_API_KEY"));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<WebOptions>>().Value;
            var opened = QuoteIndex.Open(options.Index, writable: true);
            return new IndexHost(opened.Success ? opened.Value! : throw new InvalidOperationException(opened.Error));
        });
        // The app may be hosted by the CLI assembly: name the assembly that holds the controllers.
        builder.Services.AddControllers().AddApplicationPart(typeof(QuoteSearchApp).Assembly)
            .AddJsonOptions(o => o.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = MediaTypeProblems.Customize);
        // Numbers are numbers: the default web options also read them from strings, which the schema would then allow.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiKeySecurity>();
            o.AddOperationTransformer<ApiKeySecurity>();
            o.AddOperationTransformer<RawRequestBodies>();
            o.AddOperationTransformer<QueryParameterTypes>();
        });
        builder.Services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        builder.Services.Configure<ApiBehaviorOptions>(o => o.SuppressMapClientErrors = false);
        builder.Services.AddReadConcurrency();
        builder.Services.TryAddSingleton(TimeProvider.System);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseWriteLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        var ui = new EmbeddedFileProvider(typeof(QuoteSearchApp).Assembly, "QuoteSearch.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });
        app.MapControllers();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz");
        // Open the index at start-up rather than on the first request.
        app.Services.GetRequiredService<IndexHost>();
        if (string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<WebOptions>>().Value.ApiKey))
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QuoteSearch").LogWarning(Problems.WritingDisabled);
        }
        return app;
    }
}
