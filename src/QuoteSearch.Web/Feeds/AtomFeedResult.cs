using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace QuoteSearch.Web.Feeds;

/// <summary>Writes a feed as Atom 1.0 (RFC 4287), UTF-8, with content type <see cref="ContentType"/>.</summary>
public sealed class AtomFeedResult(SyndicationFeed feed) : IActionResult
{
    public const string ContentType = "application/atom+xml";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        // Kestrel refuses synchronous writes, and XmlWriter writes synchronously: write to memory, then send.
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var writer = XmlWriter.Create(buffer, settings)) new Atom10FeedFormatter(feed).WriteTo(writer);
        var response = context.HttpContext.Response;
        response.ContentType = ContentType + "; charset=utf-8";
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
