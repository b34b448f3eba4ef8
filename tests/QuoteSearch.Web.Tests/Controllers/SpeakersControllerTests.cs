using System.Net;
using System.Text.Json;
using QuoteSearch.Web.Tests.Support;

namespace QuoteSearch.Web.Tests.Controllers;

public sealed class SpeakersControllerTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Theory]
    [InlineData("dmi")]
    [InlineData("kir")]
    [InlineData("Dmitrjev")]
    public async Task Autocomplete_finds_a_speaker_by_prefix_or_near_spelling(string prefix)
    {
        var speakers = JsonDocument.Parse(await client.GetStringAsync($"/api/speakers?prefix={prefix}")).RootElement;
        Assert.Contains(speakers.GetProperty("speakers").EnumerateArray(), s => s.GetProperty("id").GetString() == "kirill-dmitriev");
    }

    [Fact]
    public async Task A_profile_has_counts_roles_and_a_monthly_timeline()
    {
        var profile = JsonDocument.Parse(await client.GetStringAsync("/api/speakers/kirill-dmitriev")).RootElement;
        Assert.Equal("Kirill Dmitriev", profile.GetProperty("name").GetString());
        Assert.Equal(3, profile.GetProperty("quotes").GetInt32());
        Assert.Contains("Russian negotiator", profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("2026-02", profile.GetProperty("timeline")[0].GetProperty("month").GetString());
    }

    [Fact]
    public async Task Everything_a_speaker_said_comes_back_in_one_list()
    {
        var page = JsonDocument.Parse(await client.GetStringAsync("/api/speakers/kirill-dmitriev/quotes")).RootElement;
        Assert.Equal(3, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unknown_speaker_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/speakers/nobody-at-all")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/speakers/nobody-at-all/quotes")).StatusCode);
    }

    [Fact]
    public async Task Health_and_openapi_are_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var openapi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/quotes", openapi);
    }
}
