using System.Text;
using System.Text.Json;

namespace QuoteSearch.Web.Tests.Support;

/// <summary>Invented articles posted to a live server through the API, as a newsroom's feed would add them.</summary>
public static class TestArticles
{
    /// <summary>Posts one article as JSON ({id, url, title, published, text}); throws when the server refuses it.</summary>
    public static async Task PostAsync(LiveServer server, string id, string url, string title, string published, string text)
    {
        using var http = new HttpClient();
        var body = JsonSerializer.Serialize(new { id, url, title, published, text });
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{server.Url}/api/articles?id={id}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("X-Api-Key", LiveServer.ApiKey);
        var response = await http.SendAsync(post);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Two harbour-town articles: a direct quote and a statement in one outlet, a direct quote in another.</summary>
    public static async Task PostLanternStoriesAsync(LiveServer server)
    {
        await PostAsync(server, "lantern-plan", "https://www.harbourgazette.example/2024/03/05/lantern-plan", "Lantern plan approved",
            "2024-03-05", "“The lantern festival will return next spring,” said Tobias Lindgren, the harbour master.\n\n"
            + "Tobias Lindgren said that the lantern budget had doubled since last year.");
        await PostAsync(server, "pier-review", "https://www.northernledger.example/2025/01/10/pier-review", "Pier safety review",
            "2025-01-10", "“Lanterns are a fire risk on the pier,” said Greta Holm, a council member.");
    }
}
