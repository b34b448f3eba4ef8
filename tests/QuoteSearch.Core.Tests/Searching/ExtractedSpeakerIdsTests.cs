using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class ExtractedSpeakerIdsTests
{
    /// <summary>
    /// One paragraph an article: a diminutive, a surname two people share (and the bare surname with a man's title), a
    /// title, an organisation, no speaker.
    /// </summary>
    private static readonly string[] Texts =
    [
        "“We will build the bridge by spring,” said Timothy Morrow.",
        "“The ferries cannot cope,” said Helen Brandt.",
        "“It will still open in May,” Tim Morrow said.",
        "“Costs are rising,” Oskar Brandt said. “We knew,” Brandt added.",
        "“Nobody was asked,” said Sen. Helen Brandt.",
        "“The toll stays,” The Harbour Gazette said in an editorial.",
        "“The toll goes,” the Harbour Gazette said.",
        "“The pier is safe,” said Mr. Brandt.",
        "The so-called “bridge of hope” has no opening date yet.",
    ];

    [Fact]
    public void Each_quote_gets_the_speaker_id_an_index_of_the_same_articles_gives_it()
    {
        var articles = Texts.Select((text, i) => Articles.Indexable($"a{i}", text)).ToList();
        var quotes = articles.SelectMany(a => a.Quotes).ToList();
        using var folder = new TempDir();
        using var index = QuoteIndex.Open(Path.Combine(folder.Path, "index"), writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        foreach (var article in articles) ingest.AddExtracted(article);
        ingest.Commit();
        var directory = new SpeakerDirectory(index);

        var ids = ExtractedSpeakerIds.Of(quotes);

        var expected = quotes.Select(q => q.Speaker is null ? null : directory.Lookup(SpeakerIds.For(q.Speaker))!.Id).ToList();
        Assert.Equal(expected, ids);
        Assert.Contains(null, ids);
        Assert.True(ids.Distinct().Count() < quotes.Select(q => q.Speaker).Distinct().Count(), "some written names are one speaker");
        Assert.Equal("oskar-brandt", ids[quotes.FindIndex(q => q.Text.StartsWith("The pier", StringComparison.Ordinal))]);
    }

    [Fact]
    public void No_quotes_give_no_ids() => Assert.Empty(ExtractedSpeakerIds.Of([]));
}
