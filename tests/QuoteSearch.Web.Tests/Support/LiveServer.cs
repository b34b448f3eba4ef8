using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;
using QuoteSearch.Core.Tests.Support;
using QuoteSearch.Web;

namespace QuoteSearch.Web.Tests.Support;

/// <summary>
/// The real app on a free loopback port over an index of the seed article, and Debian's Chromium driven by
/// Playwright (never a Playwright browser download).
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    public const string ApiKey = "browser-test-key-42";
    private const string Chromium = "/usr/bin/chromium";

    private readonly TempDir folder = new();
    private WebApplication? app;
    private IPlaywright? playwright;

    public string Url { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// Waiting for a URL until the navigation commits, not for the page's load event: a click's navigation can finish
    /// loading before the wait begins, and waiting for that load once timed out in CI. What the test checks next is
    /// an assertion that waits for it.
    /// </summary>
    public static PageWaitForURLOptions Navigated => new() { WaitUntil = WaitUntilState.Commit };

    public static string ScreenshotFolder => Path.Combine(RepoPaths.Root, "tests", "QuoteSearch.Web.Tests", "screenshots");

    public async Task InitializeAsync()
    {
        TestIndexes.Build(folder.Path, RepoPaths.Seeds).Dispose();
        app = QuoteSearchApp.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--QuoteSearch:Index", folder.Path,
            "--QuoteSearch:ApiKey", ApiKey,
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await app.StartAsync();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        folder.Dispose();
    }
}
