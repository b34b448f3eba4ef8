using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuoteSearch.Core.Tests.Support;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>Who may write, what a refused write is told, and the log every write leaves (each test on an index of its own).</summary>
public sealed class WriteAccessTests(SeededApp app) : IClassFixture<SeededApp>, IDisposable
{
    private readonly CapturedLogs logs = new();
    private readonly TempDir folder = new();
    private WebApplicationFactory<Program>? factory;

    private WebApplicationFactory<Program> With(string? apiKey) => factory = app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("QuoteSearch:Index", folder.Path);
        if (apiKey is not null) builder.UseSetting("QuoteSearch:ApiKey", apiKey);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs));
    });

    public void Dispose()
    {
        factory?.Dispose();
        folder.Dispose();
    }

    private static HttpRequestMessage Post(string body, string contentType, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?id=harbour-vote")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadAsStringAsync()) is var body && JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var d)
            ? d.GetString()! : "no detail in " + body;

    [Fact]
    public async Task A_server_without_a_key_says_at_start_and_in_its_403_that_writing_is_disabled()
    {
        var client = With("").CreateClient();
        var response = await client.SendAsync(Post("“The ferry runs,” said Tobias Lindgren.", "text/plain", "anything"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("writing is disabled on this server", await Detail(response));
        Assert.Contains(logs.Lines, l => l.Category == "QuoteSearch"
            && l.Message.StartsWith("writing is disabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_415_lists_the_media_types_the_endpoint_reads()
    {
        var response = await With(null).CreateClient().SendAsync(Post("<x/>", "application/xml", SeededApp.ApiKey));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("send one of: text/plain, text/html, application/json", await Detail(response));
    }

    [Fact]
    public async Task Every_write_is_logged_and_the_key_never_is()
    {
        var client = With(null).CreateClient();
        await client.SendAsync(Post("“The ferry runs,” said Tobias Lindgren.", "text/plain", SeededApp.ApiKey));
        await client.SendAsync(Post("“The ferry runs,” said Tobias Lindgren.", "text/plain", "wrong-key-0042"));
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/articles/harbour-vote");
        delete.Headers.Add("X-Api-Key", SeededApp.ApiKey);
        await client.SendAsync(delete);

        var writes = logs.Lines.Where(l => l.Category == Services.WriteLog.Category).Select(l => l.Message).ToList();
        Assert.Contains(writes, w => w.StartsWith("write POST /api/articles?id=harbour-vote -> 201", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.StartsWith("write POST /api/articles?id=harbour-vote -> 401", StringComparison.Ordinal));
        Assert.Contains(writes, w => w.StartsWith("write DELETE /api/articles/harbour-vote -> 204", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains(SeededApp.ApiKey) || l.Message.Contains("wrong-key-0042"));
    }
}
