using Microsoft.Playwright;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Browser;

/// <summary>"Carried by N articles" on a hit opens the group: where the quote was first seen and every article.</summary>
public sealed class QuoteGroupTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string Quote = "“The breakwater will be rebuilt in stone,” said Sigrid Falk, the harbour engineer.";

    [Fact]
    public async Task Carried_by_two_articles_opens_a_panel_with_first_seen_and_both_articles()
    {
        await TestArticles.PostAsync(server, "breakwater-later", "https://www.northernledger.example/2024/06/02/breakwater",
            "Breakwater plans", "2024-06-02", Quote);
        await TestArticles.PostAsync(server, "breakwater-first", "https://www.harbourgazette.example/2024/05/30/breakwater",
            "Stone for the breakwater", "2024-05-30", "The council met on Tuesday.\n\n" + Quote);

        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/?q=breakwater");
        var hit = page.Locator("#results li").First;
        var summary = hit.Locator("details.group summary");
        await Assertions.Expect(summary).ToHaveTextAsync("Carried by 2 articles");
        await Assertions.Expect(hit.Locator(".first-seen")).ToBeHiddenAsync();

        await summary.ClickAsync();
        await Assertions.Expect(hit.Locator(".first-seen")).ToHaveTextAsync("First seen 2024-05-30 in harbourgazette.example.");
        var articles = hit.Locator(".appearances li");
        await Assertions.Expect(articles).ToHaveTextAsync(
        [
            "harbourgazette.example, 2024-05-30 · Stone for the breakwater ¶2",
            "northernledger.example, 2024-06-02 · Breakwater plans ¶1",
        ]);
        await Assertions.Expect(articles.Nth(0).Locator("a"))
            .ToHaveAttributeAsync("href", "/article.html?id=breakwater-first&quote=breakwater-first.0#p2");
        await Assertions.Expect(articles.Nth(1).Locator("a"))
            .ToHaveAttributeAsync("href", "/article.html?id=breakwater-later&quote=breakwater-later.0#p1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveServer.ScreenshotFolder, "9-group.png") });

        await articles.Nth(0).Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/article.html?id=breakwater-first&quote=breakwater-first.0#p2", LiveServer.Navigated);
        await Assertions.Expect(page.Locator("#p2")).ToHaveClassAsync("target");
    }

    [Fact]
    public async Task A_quote_carried_by_one_article_offers_no_group()
    {
        await TestArticles.PostAsync(server, "slipway-once", "https://www.harbourgazette.example/2024/07/01/slipway",
            "Slipway repaired", "2024-07-01", "“The slipway is safe again,” said Sigrid Falk, the harbour engineer.");

        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/?q=slipway");
        var hit = page.Locator("#results li").First;
        await hit.WaitForAsync();
        await Assertions.Expect(hit.Locator("details.group")).ToHaveCountAsync(0);
    }
}
