using System.Net;
using System.Text;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

public sealed class QuotesControllerTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<JsonElement> Json(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_phrase_search_finds_the_quote_with_its_speaker_and_source_link()
    {
        var page = await Json("/api/quotes?q=%22moving+forward%22");
        var hit = Assert.Single(page.GetProperty("hits").EnumerateArray());
        Assert.Equal("Kirill Dmitriev", hit.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("kirill-dmitriev", hit.GetProperty("speaker").GetProperty("id").GetString());
        Assert.Equal("person", hit.GetProperty("speaker").GetProperty("type").GetString());
        Assert.Contains("<mark>moving</mark> <mark>forward</mark>", hit.GetProperty("highlighted").GetString());
        var id = hit.GetProperty("id").GetString();
        Assert.StartsWith("000_f49c1c6e5ef7ea12.", id);
        Assert.Equal($"/article.html?id=000_f49c1c6e5ef7ea12&quote={id}#p4", hit.GetProperty("link").GetString());
        Assert.Equal(4, hit.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task Plain_words_match_other_forms_of_the_word()
    {
        var page = await Json("/api/quotes?q=move");
        Assert.Contains(page.GetProperty("hits").EnumerateArray(), h => h.GetProperty("quote").GetString()!.Contains("moving"));
    }

    [Fact]
    public async Task The_speaker_filter_keeps_only_that_speaker()
    {
        var page = await Json("/api/quotes?speaker=Donald+Tusk");
        Assert.NotEmpty(page.GetProperty("hits").EnumerateArray());
        Assert.All(
            page.GetProperty("hits").EnumerateArray(),
            h => Assert.Equal("donald-tusk", h.GetProperty("speaker").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Paging_by_cursor_walks_every_result_once()
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json("/api/quotes?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            cursor = page.GetProperty("next").GetString();
        }
        while (cursor is not null);
        var all = await Json("/api/quotes?limit=100");
        Assert.Equal(all.GetProperty("total").GetInt32(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/quotes?q=%28unclosed")]
    [InlineData("/api/quotes?q=*leading")]
    [InlineData("/api/quotes?limit=0")]
    [InlineData("/api/quotes?limit=100000")]
    [InlineData("/api/quotes?from=yesterday")]
    [InlineData("/api/quotes?cursor=forged")]
    [InlineData("/api/quotes?kind=shouted")]
    [InlineData("/api/quotes?sort=random")]
    [InlineData("/api/quotes?format=xml")]
    public async Task Bad_requests_get_a_400_problem(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Csv_export_has_a_header_and_one_row_per_quote()
    {
        var response = await client.GetAsync("/api/quotes?speaker=kirill-dmitriev&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("quote,speaker", lines[0]);
        Assert.Equal(3, lines.Length - 1);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await client.GetAsync("/");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_page_says_how_many_results_a_date_filter_leaves_out_for_having_no_date()
    {
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles?id=undated-ferry")
        {
            Content = new StringContent("“The ferry will run at night,” said Tobias Lindgren.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", SeededApp.ApiKey);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(post)).StatusCode);
        var filtered = await Json("/api/quotes?q=ferry&from=2020-01-01");
        Assert.Equal((0, 1), (filtered.GetProperty("total").GetInt32(), filtered.GetProperty("undated").GetInt32()));
        var dated = await Json("/api/quotes?q=%22moving+forward%22");
        Assert.Equal(0, dated.GetProperty("undated").GetInt32());
    }

    [Fact]
    public async Task An_unbalanced_quote_mark_searches_the_phrase_to_the_end()
    {
        var page = await Json("/api/quotes?q=%22moving+forward");
        Assert.Equal("Kirill Dmitriev", page.GetProperty("hits")[0].GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Quote_ids_go_into_a_url_path_as_they_are()
    {
        var hits = (await Json("/api/quotes?limit=100")).GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var id in hits.Select(h => h.GetProperty("id").GetString()!))
        {
            Assert.Equal(id, Uri.EscapeDataString(id));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/quotes/{id}/group")).StatusCode);
        }
    }

    [Fact]
    public async Task A_cursor_used_with_another_query_is_refused_in_plain_words()
    {
        var next = (await Json("/api/quotes?limit=1")).GetProperty("next").GetString();
        var response = await client.GetAsync($"/api/quotes?q=war&limit=1&cursor={next}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Equal("the cursor belongs to another search (other words, filters or sort); start again without a cursor", detail);
    }

    [Fact]
    public async Task A_statement_comes_with_the_sentence_around_it_and_a_direct_quote_without_one()
    {
        var statements = (await Json("/api/quotes?kind=indirect&limit=20")).GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(statements);
        foreach (var hit in statements)
        {
            var context = hit.GetProperty("context").GetString();
            Assert.NotNull(context);
            Assert.Contains(hit.GetProperty("quote").GetString()!, context);
        }
        var quotes = (await Json("/api/quotes?kind=direct&limit=20")).GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, hit => Assert.True(
            !hit.TryGetProperty("context", out var context) || context.ValueKind == JsonValueKind.Null));
    }
}
