using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QuoteSearch.Web.Services;

/// <summary>Ready once the index answers a search.</summary>
public sealed class IndexHealthCheck(IndexHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var quotes = host.Index.Read(searcher => searcher.IndexReader.NumDocs);
        return Task.FromResult(HealthCheckResult.Healthy($"{quotes} documents"));
    }
}
