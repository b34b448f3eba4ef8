using Microsoft.Playwright;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Browser;

/// <summary>A speaker's timeline: a real month axis, with the months between quotes shown as empty bars.</summary>
public sealed class SpeakerTimelineTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task A_month_without_quotes_between_two_quoted_months_is_an_empty_labelled_bar()
    {
        await TestArticles.PostAsync(server, "quay-winter", "https://www.harbourgazette.example/2023/01/12/quay-winter",
            "Quay closed for winter", "2023-01-12", "“The quay will close for the winter,” said Edvin Sandberg, the port director.");
        await TestArticles.PostAsync(server, "quay-spring", "https://www.harbourgazette.example/2023/03/20/quay-spring",
            "Quay reopens", "2023-03-20", "“The quay opens again on Monday,” said Edvin Sandberg, the port director.");

        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/speaker.html?id=edvin-sandberg");
        var bars = page.Locator("#timeline svg rect");
        await Assertions.Expect(bars).ToHaveCountAsync(3);
        var months = await page.EvalOnSelectorAllAsync<string[]>("#timeline svg rect", "bars => bars.map(b => b.dataset.month)");
        Assert.Equal(["2023-01", "2023-02", "2023-03"], months);
        Assert.Equal("0", await bars.Nth(1).GetAttributeAsync("height"));
        Assert.NotEqual("0", await bars.Nth(0).GetAttributeAsync("height"));
        Assert.NotEqual("0", await bars.Nth(2).GetAttributeAsync("height"));
        await Assertions.Expect(page.Locator("#timeline svg text.month")).ToHaveTextAsync(["Jan 2023", "Feb 2023", "Mar 2023"]);
    }

    [Fact]
    public async Task A_long_career_shows_every_month_but_at_most_twelve_labels()
    {
        await TestArticles.PostAsync(server, "tide-early", "https://www.northernledger.example/2020/02/03/tide-early",
            "Tide tables printed", "2020-02-03", "“The tide tables are printed,” said Liv Aronsson, the harbour pilot.");
        await TestArticles.PostAsync(server, "tide-late", "https://www.northernledger.example/2022/11/28/tide-late",
            "Tide tables revised", "2022-11-28", "“The tide tables were revised,” said Liv Aronsson, the harbour pilot.");

        var page = await server.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/speaker.html?id=liv-aronsson");
        await Assertions.Expect(page.Locator("#timeline svg rect")).ToHaveCountAsync(34);
        var labels = page.Locator("#timeline svg text.month");
        var count = await labels.CountAsync();
        Assert.InRange(count, 6, 12);
        Assert.Equal("Feb 2020", await labels.First.TextContentAsync());
        await page.Locator("#timeline").ScreenshotAsync(
            new LocatorScreenshotOptions { Path = Path.Combine(LiveServer.ScreenshotFolder, "8-timeline.png") });
    }
}
