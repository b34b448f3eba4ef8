using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Web.Tests.Support;

/// <summary>
/// The web app over an index of invented articles with tricky identities: two people sharing a surname, a diminutive,
/// an organisation and its acronym, quotes over three months.
/// </summary>
public sealed class IdentityApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "identity-test-key-0123";

    private readonly TempDir folder = new();

    public IdentityApp()
    {
        var feed = folder.File("feed.jsonl", string.Join('\n',
            Line("harbour-1", "2026-01-12", "“The pier reopens in spring,” said Harriet Ostrander.\n\n"
                + "“We have the money,” Walter Ostrander said.\n\n“Not yet,” Harriet Ostrander replied."),
            Line("harbour-2", "2026-02-03",
                "“Tolls will not rise,” Timothy Lindqvist said.\n\n“The ferry is full,” said Harriet Ostrander."),
            Line("harbour-3", "2026-03-20",
                "“We start on Monday,” Tim Lindqvist said.\n\n“Dredging is done,” the Coastal Shipping Authority said."),
            Line("harbour-4", "2026-03-22", "“The channel is open,” the Coastal Shipping Authority said in a statement.")));
        TestIndexes.Build(Path.Combine(folder.Path, "index"), feed).Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("QuoteSearch:Index", Path.Combine(folder.Path, "index"));
        builder.UseSetting("QuoteSearch:ApiKey", ApiKey);
    }

    private static string Line(string id, string published, string text) => System.Text.Json.JsonSerializer.Serialize(new
    {
        id, url = $"https://gazette.example/{id}", published, title = "The Harbour Gazette: " + id, text,
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) folder.Dispose();
    }
}
