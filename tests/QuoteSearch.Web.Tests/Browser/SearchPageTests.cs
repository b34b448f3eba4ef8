using Microsoft.Playwright;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Browser;

/// <summary>The search page: filters kept in the URL, exports of the search on screen, history, citations.</summary>
public sealed class SearchPageTests(LiveServer server) : IClassFixture<LiveServer>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (!posted) await TestArticles.PostLanternStoriesAsync(server);
        posted = true;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool posted;

    [Fact]
    public async Task Outlet_kind_and_dates_filter_the_search_stay_in_the_url_and_carry_into_both_exports()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        await page.FillAsync("#q", "lantern");
        await page.FillAsync("#outlet", "harbourgazette.example");
        await page.SelectOptionAsync("#kind", "direct");
        await page.FillAsync("#from", "2024-01-01");
        await page.FillAsync("#to", "2024-12-31");
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("1 quote");
        await Assertions.Expect(page.Locator("#results li")).ToContainTextAsync("lantern festival");
        Assert.Contains("outlet=harbourgazette.example", page.Url);
        Assert.Contains("kind=direct", page.Url);
        Assert.Contains("from=2024-01-01", page.Url);

        var csv = await page.Locator("#export-csv").GetAttributeAsync("href");
        var json = await page.Locator("#export-json").GetAttributeAsync("href");
        Assert.Contains("format=json", json);
        var download = await page.APIRequest.GetAsync(server.Url + csv);
        var lines = (await download.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("lantern festival", lines[1]);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("1 quote");
        Assert.Equal("harbourgazette.example", await page.InputValueAsync("#outlet"));
        Assert.Equal("direct", await page.InputValueAsync("#kind"));
    }

    [Fact]
    public async Task Each_search_is_a_history_entry_and_back_restores_the_previous_search()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        await page.FillAsync("#q", "festival");
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("#results li").First).ToContainTextAsync("lantern festival");
        await page.FillAsync("#q", "pier");
        await page.SelectOptionAsync("#kind", "direct");
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("#results li").First).ToContainTextAsync("fire risk on the pier");

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#results li").First).ToContainTextAsync("lantern festival");
        await Assertions.Expect(page.Locator("#results li")).ToHaveCountAsync(1);
        Assert.Equal("festival", await page.InputValueAsync("#q"));
        Assert.Equal("", await page.InputValueAsync("#kind"));
        Assert.Contains("?q=festival&", page.Url);

        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator("#results li").First).ToContainTextAsync("fire risk on the pier");
        Assert.Equal("direct", await page.InputValueAsync("#kind"));
    }

    [Fact]
    public async Task The_paragraph_number_on_a_hit_is_the_anchor_it_lands_on_and_the_number_in_the_csv()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/?q=budget");
        var source = page.Locator("#results li").First.Locator("a.source");
        await source.WaitForAsync();
        var label = await source.InnerTextAsync();
        var number = label.Replace("source ¶", "", StringComparison.Ordinal);
        Assert.Equal("2", number);

        var csv = await (await page.APIRequest.GetAsync(server.Url + "/api/quotes?q=budget&format=csv")).TextAsync();
        Assert.EndsWith("," + number, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1], StringComparison.Ordinal);

        await source.ClickAsync();
        await page.WaitForURLAsync($"**/article.html?id=lantern-plan&quote=lantern-plan.*#p{number}", LiveServer.Navigated);
        var target = page.Locator($"#p{number}");
        await Assertions.Expect(target).ToHaveClassAsync("target");
        Assert.Contains("lantern budget had doubled", await target.InnerTextAsync());
        Assert.Equal(number, await target.GetAttributeAsync("value"));
    }

    [Fact]
    public async Task A_statement_shows_without_quote_marks_under_its_kind_and_verbatim_only_leaves_it_out()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/?q=lantern");
        var statement = page.Locator("#results li").Filter(new LocatorFilterOptions { HasText = "budget had doubled" });
        var quote = page.Locator("#results li").Filter(new LocatorFilterOptions { HasText = "festival will return" });
        await Assertions.Expect(statement.Locator(".kind")).ToHaveTextAsync("statement");
        Assert.DoesNotContain("“", await statement.Locator("p.quote").InnerTextAsync());
        await Assertions.Expect(statement.Locator("p.quote.statement"))
            .ToHaveTextAsync("Tobias Lindgren said that the lantern budget had doubled since last year.");
        await Assertions.Expect(statement.Locator("p.quote mark.said")).ToContainTextAsync("the lantern budget had doubled");
        await Assertions.Expect(quote.Locator(".kind")).ToHaveTextAsync("quote");
        Assert.Matches("^“.*”$", await quote.Locator("p.quote").InnerTextAsync());
        Assert.False(await page.IsCheckedAsync("#verbatim"));

        await page.CheckAsync("#verbatim");
        await Assertions.Expect(statement).ToHaveCountAsync(0);
        await Assertions.Expect(quote).ToHaveCountAsync(1);
        Assert.Contains("kind=direct", page.Url);
        Assert.Equal("direct", await page.InputValueAsync("#kind"));
        await page.ReloadAsync();
        await Assertions.Expect(quote).ToHaveCountAsync(1);
        Assert.True(await page.IsCheckedAsync("#verbatim"));
    }

    [Fact]
    public async Task Copy_citation_puts_quote_speaker_outlet_date_and_paragraph_link_on_the_clipboard()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url + "/?q=festival");
        var hit = page.Locator("#results li").First;
        await hit.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Copy citation" }).ClickAsync();
        await Assertions.Expect(hit.Locator("button.cite")).ToHaveTextAsync("Copied");

        var expected = "“The lantern festival will return next spring” — Tobias Lindgren, harbourgazette.example, 2024-03-05, "
            + server.Url + "/article.html?id=lantern-plan&quote=lantern-plan.0#p1";
        Assert.Equal(expected, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task The_empty_front_page_shows_the_corpus_size_example_searches_and_the_most_quoted()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        var stats = await (await page.APIRequest.GetAsync(server.Url + "/api/stats")).JsonAsync();
        var top = await (await page.APIRequest.GetAsync(server.Url + "/api/speakers?sort=quotes&limit=5")).JsonAsync();
        int Count(string name) => stats!.Value.GetProperty(name).GetInt32();
        await Assertions.Expect(page.Locator("#corpus")).ToHaveTextAsync(
            $"Searching {Count("quotes")} quotes by {Count("speakers")} speakers in {Count("articles")} articles.");
        var speakers = top!.Value.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
        await Assertions.Expect(page.Locator("#top-speakers li a")).ToHaveTextAsync(speakers);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(LiveServer.ScreenshotFolder, "7-front-page.png"), FullPage = true,
        });

        var example = page.Locator("#examples a").First;
        var phrase = await example.InnerTextAsync();
        await example.ClickAsync();
        await page.Locator("#results li").First.WaitForAsync();
        Assert.Equal(phrase, await page.InputValueAsync("#q"));
        Assert.True(await page.Locator("#welcome").IsHiddenAsync());
    }
}
