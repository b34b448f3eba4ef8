using System.Net;
using Microsoft.AspNetCore.Hosting;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

public sealed class ReadConcurrencyTests
{
    private static async Task<HttpResponseMessage[]> ManyAtOnce(HttpClient client, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => client.GetAsync($"/api/quotes?q=moving&limit={1 + i % 20}")));

    /// <summary>One read may run and none may wait.</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> OneReadAtATime(SeededApp seeded) =>
        seeded.WithWebHostBuilder(b =>
        {
            b.UseSetting("QuoteSearch:MaxConcurrentReads", "1");
            b.UseSetting("QuoteSearch:ReadQueueLimit", "0");
        });

    [Fact]
    public async Task Reads_beyond_the_running_ones_wait_their_turn_instead_of_failing()
    {
        using var app = new SeededApp();
        var responses = await ManyAtOnce(app.CreateClient(), 64);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task With_no_room_to_wait_a_read_gets_503_problem_details_and_retry_after()
    {
        using var seeded = new SeededApp();
        using var app = OneReadAtATime(seeded);
        var client = app.CreateClient();
        HttpResponseMessage[] responses = [];
        // Whether two reads overlap is up to the scheduler; many rounds of many make it certain in practice.
        for (var round = 0; round < 20 && responses.All(r => r.StatusCode == HttpStatusCode.OK); round++)
        {
            responses = await ManyAtOnce(client, 32);
        }
        var busy = responses.First(r => r.StatusCode != HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", busy.Headers.GetValues("Retry-After").Single());
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
    }

    [Fact]
    public async Task Writes_and_pages_are_not_queued_behind_reads()
    {
        using var seeded = new SeededApp();
        using var app = OneReadAtATime(seeded);
        var client = app.CreateClient();
        var pages = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => client.GetAsync("/index.html")));
        Assert.All(pages, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Theory]
    [InlineData("QuoteSearch:MaxConcurrentReads", "0", "MaxConcurrentReads must be at least 1")]
    [InlineData("QuoteSearch:ReadQueueLimit", "-1", "ReadQueueLimit must be 0 or more")]
    public void A_read_limit_that_cannot_work_stops_the_app_at_start_with_the_reason(string key, string value, string reason)
    {
        using var seeded = new SeededApp();
        using var app = seeded.WithWebHostBuilder(b => b.UseSetting(key, value));
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains(reason, error.ToString());
    }
}
