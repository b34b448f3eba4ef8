using System.Text;
using Microsoft.Playwright;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Browser;

/// <summary>The speaker directory page, and the search page offering candidates for a speaker two people share.</summary>
public sealed class DirectoryTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task The_directory_lists_sorts_filters_and_pages_speakers()
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 800 },
        });
        await page.GotoAsync(server.Url + "/");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Speakers" }).ClickAsync();
        await page.WaitForURLAsync("**/speakers.html**", LiveServer.Navigated);
        var rows = page.Locator("#speakers tr");
        await Assertions.Expect(rows.First).ToContainTextAsync(await MostQuoted());
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(LiveServer.ScreenshotFolder, "4-speakers.png"), FullPage = true,
        });

        await page.SelectOptionAsync("#sort", "name");
        await Assertions.Expect(rows.First).ToContainTextAsync("Donald Tusk");
        await page.FillAsync("#prefix", "witk");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Steve Witkoff");
        await page.SelectOptionAsync("#type", "organisation");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("No speakers");

        await page.GotoAsync(server.Url + "/speakers.html?sort=name&limit=2");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Speakers 1–2 of");
        await page.ClickAsync("#next");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Speakers 3–4 of");
        await Assertions.Expect(page.Locator("#previous")).ToBeVisibleAsync();
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/speaker.html?id=**", LiveServer.Navigated);
        await Assertions.Expect(page.Locator("#facts")).ToContainTextAsync("2026-02-06");
    }

    [Fact]
    public async Task A_surname_two_people_share_offers_both_and_a_click_searches_one()
    {
        using var http = new HttpClient();
        var text = "Harbour news\n\n“The pier reopens in spring,” said Harriet Ostrander.\n\n“We have the money,” Walter Ostrander said.";
        var post = new HttpRequestMessage(HttpMethod.Post, server.Url + "/api/articles?id=harbour-1")
            { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        post.Headers.Add("X-Api-Key", LiveServer.ApiKey);
        Assert.True((await http.SendAsync(post)).IsSuccessStatusCode);

        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 800 },
        });
        await page.GotoAsync(server.Url + "/?speaker=Ostrander");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Several speakers match “Ostrander”. Did you mean:");
        await Assertions.Expect(page.Locator("#choices li")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(LiveServer.ScreenshotFolder, "5-did-you-mean.png"), FullPage = true,
        });

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Walter Ostrander" }).ClickAsync();
        await page.WaitForURLAsync("**speaker=walter-ostrander**", LiveServer.Navigated);
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("1 quote");
        await Assertions.Expect(page.Locator("#results li")).ToContainTextAsync("We have the money");

        await page.GotoAsync(server.Url + "/?speaker=Ostrandr");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Ostrandr");
        await page.GotoAsync(server.Url + "/?speaker=Qzxv");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("No speaker matches “Qzxv”.");
    }

    /// <summary>The name the API puts first by quote count: what the page's first row must show.</summary>
    private async Task<string> MostQuoted()
    {
        using var client = new HttpClient();
        var list = await client.GetStringAsync($"{server.Url}/api/speakers?sort=quotes&limit=1");
        return System.Text.Json.JsonDocument.Parse(list).RootElement.GetProperty("speakers")[0].GetProperty("name").GetString()!;
    }
}
