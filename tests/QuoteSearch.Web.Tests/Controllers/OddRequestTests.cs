using System.Net;
using System.Text;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

/// <summary>Odd, broken and hostile requests: each gets the right 4xx with a ProblemDetails body, never a 500 or a stack trace.</summary>
public sealed class OddRequestTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    public static TheoryData<string, string, string?, string?, string?, int> Requests => new()
    {
        // method, path, body, content type, api key, expected status
        { "GET", "/api/quotes?q=war%29", null, null, null, 400 },
        { "GET", "/api/quotes?q=(((", null, null, null, 400 },
        { "GET", "/api/quotes?q=AND", null, null, null, 400 },
        { "GET", "/api/quotes?q=*", null, null, null, 400 },
        { "GET", "/api/quotes?q=?ello", null, null, null, 400 },
        { "GET", "/api/quotes?q=title:%5B", null, null, null, 400 },
        { "GET", "/api/quotes?q=" + new string('a', 1_000_000), null, null, null, 400 },
        { "GET", "/api/quotes?q=" + string.Join("+OR+", Enumerable.Range(0, 200).Select(i => "w" + i)), null, null, null, 400 },
        { "GET", "/api/quotes?limit=-1", null, null, null, 400 },
        { "GET", "/api/quotes?limit=0", null, null, null, 400 },
        { "GET", "/api/quotes?limit=99999999999999", null, null, null, 400 },
        { "GET", "/api/quotes?limit=ten", null, null, null, 400 },
        { "GET", "/api/quotes?cursor=AAAA", null, null, null, 400 },
        { "GET", "/api/quotes?cursor=%25%25%25", null, null, null, 400 },
        { "GET", "/api/quotes?cursor=" + new string('Z', 5000), null, null, null, 400 },
        { "GET", "/api/quotes?from=2026-13-45", null, null, null, 400 },
        { "GET", "/api/quotes?from=2026-02-10&to=2026-01-01", null, null, null, 400 },
        { "GET", "/api/quotes?kind=1", null, null, null, 400 },
        { "GET", "/api/quotes?sort=%3Cscript%3E", null, null, null, 400 },
        { "GET", "/api/quotes?format=exe", null, null, null, 400 },
        { "GET", "/api/quotes?speaker=" + new string('x', 5000), null, null, null, 400 },
        { "GET", "/api/speakers?limit=-5", null, null, null, 400 },
        { "GET", "/api/speakers?limit=abc", null, null, null, 400 },
        { "GET", "/api/speakers/nobody", null, null, null, 404 },
        { "GET", "/api/speakers/" + new string('x', 3000), null, null, null, 404 },
        { "GET", "/api/speakers/nobody/quotes", null, null, null, 404 },
        { "GET", "/api/articles/nope", null, null, null, 404 },
        { "GET", "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd", null, null, null, 404 },
        { "GET", "/api/articles/%01%7F", null, null, null, 404 },
        { "GET", "/api/quotes/nope%23999/group", null, null, null, 404 },
        { "GET", "/api/nothing-here", null, null, null, 404 },
        { "POST", "/api/articles", "text", "text/plain", null, 401 },
        { "POST", "/api/articles", "text", "text/plain", "wrong", 401 },
        { "POST", "/api/articles", "text", "text/plain", "", 401 },
        { "DELETE", "/api/articles/000_f49c1c6e5ef7ea12", null, null, null, 401 },
        { "DELETE", "/api/articles/000_f49c1c6e5ef7ea12", null, null, "test-key-0123456789x", 401 },
        { "POST", "/api/articles", "<xml/>", "application/xml", SeededApp.ApiKey, 415 },
        { "POST", "/api/articles", "{not json", "application/json", SeededApp.ApiKey, 400 },
        { "POST", "/api/articles", "", "text/plain", SeededApp.ApiKey, 400 },
        { "POST", "/api/articles", "\0\u0001\u0002", "text/plain", SeededApp.ApiKey, 400 },
        { "POST", "/api/articles?id=..%2Fescape", "“Hi there,” Bob Ray said.", "text/plain", SeededApp.ApiKey, 400 },
        { "POST", "/api/articles", new string('x', 200_000), "text/plain", SeededApp.ApiKey, 413 },
        { "DELETE", "/api/articles/never-was", null, null, SeededApp.ApiKey, 404 },
        { "PUT", "/api/articles/000_f49c1c6e5ef7ea12", "x", "text/plain", SeededApp.ApiKey, 405 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Each_odd_request_gets_the_right_4xx_and_a_problem(
        string method, string path, string? body, string? contentType, string? key, int expected)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType ?? "text/plain");
        if (key is not null) request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(expected, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(SeededApp.ApiKey, text);
    }
}
