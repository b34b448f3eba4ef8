using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Web.Tests.Support;

/// <summary>The web app over a fresh index holding the seed article, with a known API key.</summary>
public sealed class SeededApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    private readonly TempDir folder = new();

    public SeededApp()
    {
        TestIndexes.Build(folder.Path, RepoPaths.Seeds).Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("QuoteSearch:Index", folder.Path);
        builder.UseSetting("QuoteSearch:ApiKey", ApiKey);
        builder.UseSetting("QuoteSearch:MaxUploadBytes", "100000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) folder.Dispose();
    }
}
