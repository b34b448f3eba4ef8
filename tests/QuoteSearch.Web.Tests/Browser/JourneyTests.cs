using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Browser;

/// <summary>What a newcomer does: search, open the speaker, follow a source link to the highlighted paragraph.</summary>
public sealed class JourneyTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task Search_then_speaker_then_source_lands_on_the_highlighted_paragraph()
    {
        var page = await server.Browser.NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        await page.GotoAsync(server.Url + "/");
        Assert.Equal("QuoteSearch — who said it?", await page.TitleAsync());

        await page.FillAsync("#q", "moving forward");
        await page.PressAsync("#q", "Enter");
        var result = page.Locator("#results li").First;
        await result.WaitForAsync();
        Assert.Contains("Kirill Dmitriev", await result.InnerTextAsync());
        Assert.Equal(2, await result.Locator("mark").CountAsync());
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(LiveServer.ScreenshotFolder, "1-search.png"), FullPage = true });

        await result.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Kirill Dmitriev" }).ClickAsync();
        await page.WaitForURLAsync("**/speaker.html?id=kirill-dmitriev", LiveServer.Navigated);
        await page.Locator("#results li").First.WaitForAsync();
        Assert.Equal("Kirill Dmitriev", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await page.Locator("#timeline svg rect").CountAsync());
        Assert.Equal(3, await page.Locator("#results li").CountAsync());
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(LiveServer.ScreenshotFolder, "2-speaker.png"), FullPage = true });

        await page.Locator("#results li")
            .Filter(new LocatorFilterOptions { HasText = "moving forward" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "source paragraph 4" })
            .ClickAsync();
        await page.WaitForURLAsync("**/article.html?id=000_f49c1c6e5ef7ea12&quote=000_f49c1c6e5ef7ea12.*#p4", LiveServer.Navigated);
        var target = page.Locator("#p4");
        await Assertions.Expect(target).ToHaveClassAsync("target");
        await Assertions.Expect(target).ToBeInViewportAsync();
        Assert.Contains("things are moving forward", await target.InnerTextAsync());
        Assert.Contains("moving forward", await target.Locator("mark.hit").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveServer.ScreenshotFolder, "3-article.png") });
    }

    [Fact]
    public async Task The_search_page_and_a_speaker_page_offer_a_feed_of_what_they_show()
    {
        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        await page.FillAsync("#q", "moving forward");
        await page.FillAsync("#from", "2026-01-01");
        await page.PressAsync("#q", "Enter");
        await page.Locator("#results li").First.WaitForAsync();
        var follow = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Follow this search (Atom)" });
        await Assertions.Expect(follow).ToBeVisibleAsync();
        const string feed = "/feeds/quotes?q=moving+forward&from=2026-01-01";
        Assert.Equal(feed, await follow.GetAttributeAsync("href"));
        var alternate = page.Locator("head link[rel=alternate][type='application/atom+xml']");
        Assert.Equal(feed, await alternate.GetAttributeAsync("href"));
        using var http = new HttpClient();
        var atom = await http.GetAsync(server.Url + feed);
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kirill Dmitriev", await atom.Content.ReadAsStringAsync());

        await page.GotoAsync(server.Url + "/speaker.html?id=Dmitriev");
        var speakerFeed = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Follow (Atom)" });
        await Assertions.Expect(speakerFeed).ToHaveAttributeAsync("href", "/feeds/speakers/kirill-dmitriev");
        await Assertions.Expect(page.Locator("head link[rel=alternate][type='application/atom+xml']"))
            .ToHaveAttributeAsync("href", "/feeds/speakers/kirill-dmitriev");
    }

    [Fact]
    public async Task The_search_page_works_by_keyboard_alone_at_phone_width()
    {
        var page = await server.Browser.NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        await page.GotoAsync(server.Url + "/");
        await page.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'q'");
        await page.Keyboard.TypeAsync("war");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#results li").First.WaitForAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"the page scrolls sideways at phone width ({width}px)");
    }

    [Theory]
    [InlineData("\"promise for the spring\"", "partial")] // inside the statement around it, which must give way
    [InlineData("\"promise for the spring\"", "direct")]
    [InlineData("\"harbour bridge\"", "indirect")]
    public async Task A_source_link_marks_exactly_the_quote_that_was_the_hit(string query, string kind)
    {
        await TestArticles.PostAsync(server, "bridge-promise", "https://harbourgazette.example/2026/03/03/bridge-promise",
            "Bridge promise", "2026-03-03", "The council met on Monday.\n\n"
            + "Marta Eklund called the plan to reopen the harbour bridge “a promise for the spring” on Monday.\n\n"
            + "“A promise for the spring,” Marta Eklund said, “and we keep our promises.”");
        var page = await server.Browser.NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 300 } });
        await page.GotoAsync($"{server.Url}/?q={Uri.EscapeDataString(query)}&kind={kind}");
        var result = page.Locator("#results li").Filter(new LocatorFilterOptions { HasText = "Bridge promise" }).First;
        await result.WaitForAsync();
        // A statement shows the sentence around it, its own words marked: those are the hit.
        var words = kind == "indirect" ? result.Locator("p.quote mark.said") : result.Locator("p.quote");
        var quote = (await words.InnerTextAsync()).Trim('“', '”');

        await result.Locator("a.source").ClickAsync();
        await page.WaitForURLAsync("**/article.html?id=bridge-promise&quote=bridge-promise.*#p*", LiveServer.Navigated);
        var hit = page.Locator(".paragraphs li.target mark.hit");
        await Assertions.Expect(hit).ToHaveTextAsync(quote);
        await Assertions.Expect(hit).ToBeInViewportAsync();
        Assert.Equal(1, await page.Locator("mark.hit").CountAsync());
    }

    [Fact]
    public async Task Markup_in_quotes_and_names_shows_as_text_and_never_runs()
    {
        using var http = new HttpClient();
        var hostile = "Headline\n\n“<img src=x onerror=\"window.pwned=1\"> <script>window.pwned=2</script> "
            + "javascript:alert(3) is what we say,” Mallory Keys said <script>window.pwned=4</script>.";
        var post = new HttpRequestMessage(HttpMethod.Post, server.Url + "/api/articles?id=%3Cscript%3Ex")
        {
            Content = new StringContent(hostile, Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", LiveServer.ApiKey);
        Assert.True((await http.SendAsync(post)).IsSuccessStatusCode);

        var page = await server.Browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        foreach (var path in new[] { "/?q=%22what+we+say%22", "/speaker.html?id=mallory-keys", "/article.html?id=%3Cscript%3Ex#p1" })
        {
            await page.GotoAsync(server.Url + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Contains("<script>", await page.Locator("main").InnerTextAsync());
            Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
        }
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Undated_results_are_counted_next_to_the_date_filter_and_under_the_timeline()
    {
        using var http = new HttpClient();
        var post = new HttpRequestMessage(HttpMethod.Post, server.Url + "/api/articles?id=undated-lighthouse")
        {
            Content = new StringContent("“The lighthouse stays lit,” said Mara Quist.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", LiveServer.ApiKey);
        Assert.True((await http.SendAsync(post)).IsSuccessStatusCode);

        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/?q=lighthouse&from=2020-01-01");
        var nextToDates = page.Locator(".filters #undated");
        await Assertions.Expect(nextToDates).ToHaveTextAsync("1 result has no date: a date filter leaves them out");
        await page.GotoAsync(server.Url + "/speaker.html?id=mara-quist");
        var underTimeline = page.Locator("#timeline + #undated");
        await Assertions.Expect(underTimeline).ToHaveTextAsync("1 result has no date: the timeline cannot place them");
    }
}
