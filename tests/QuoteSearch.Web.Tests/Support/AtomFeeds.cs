using System.ServiceModel.Syndication;
using System.Xml;

namespace QuoteSearch.Web.Tests.Support;

/// <summary>
/// Reads a feed back as a feed reader would: a strict XML reader, then System.ServiceModel.Syndication's Atom 1.0 reader.
/// </summary>
public static class AtomFeeds
{
    public static async Task<SyndicationFeed> Get(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true };
        using (var strict = XmlReader.Create(new MemoryStream(bytes), settings))
        {
            while (strict.Read()) { }
        }
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{path} is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    public static string Link(SyndicationItem item, string relation = "alternate") =>
        item.Links.Single(l => l.RelationshipType == relation).Uri.AbsoluteUri;
}
