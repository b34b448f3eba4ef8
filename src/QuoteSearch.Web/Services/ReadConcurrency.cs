using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace QuoteSearch.Web.Services;

/// <summary>
/// Lets only a few API reads (and feeds) run at once and queues the rest oldest first. Searches are CPU-bound and
/// synchronous: run all at once, dozens of them share two cores, the thread pool grows, and each one finishes
/// late; queued in order, each waits its turn and runs at full speed, which keeps the slowest responses close to
/// the typical one under load. Writes are not queued behind reads, so ingest goes on while searches are busy.
/// A full queue answers 503 with Retry-After instead of letting requests time out.
/// </summary>
public static class ReadConcurrency
{
    public static IServiceCollection AddReadConcurrency(this IServiceCollection services)
    {
        // A limit of no reads at all would fail on the first search; refuse it when the app starts instead.
        services.AddOptions<WebOptions>()
            .Validate(o => o.MaxConcurrentReads is null or > 0, "QuoteSearch:MaxConcurrentReads must be at least 1")
            .Validate(o => o.ReadQueueLimit >= 0, "QuoteSearch:ReadQueueLimit must be 0 or more")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        // Configured from the bound WebOptions, so settings given after this call (tests, command line) count.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebOptions>>((limiter, web) =>
        {
            var options = web.Value;
            var permits = options.MaxConcurrentReads ?? 2 * Environment.ProcessorCount;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsApiRead(context.Request)
                    ? RateLimitPartition.GetConcurrencyLimiter("reads", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = permits,
                        QueueLimit = options.ReadQueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("other"));
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = async (rejected, cancel) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem(
                    detail: "too many searches are waiting; try again in a moment",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Busy").ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    // Feeds run the same searches as the API, so they queue with its reads.
    private static bool IsApiRead(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/feeds"));
}
