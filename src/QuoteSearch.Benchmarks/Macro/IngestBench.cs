using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Synthetic;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// Ingest speed: parse + extract + index + commit of synthetic articles, next to raw Lucene.Net indexing the
/// same article text into one plain text field, in the same run.
/// </summary>
internal static class IngestBench
{
    public sealed record Result(int Articles, double MegaBytes, double Seconds, double RawSeconds, int Quotes)
    {
        public double ArticlesPerSecond => Articles / Seconds;
        public double MegaBytesPerSecond => MegaBytes / Seconds;
        public double RawArticlesPerSecond => Articles / RawSeconds;
    }

    public static Result Run(int count, string indexFolder)
    {
        var items = new SyntheticCorpus(seed: 1).Articles(count).ToList();
        var megaBytes = items.Sum(i => (long)Encoding.UTF8.GetByteCount(i.Text)) / 1e6;

        if (System.IO.Directory.Exists(indexFolder)) System.IO.Directory.Delete(indexFolder, recursive: true);
        var quotes = 0;
        var clock = Stopwatch.StartNew();
        using (var index = QuoteIndex.Open(indexFolder, writable: true).Value!)
        {
            var parser = new PlainTextArticleParser();
            var ingest = new Ingest(index, ExtractionPipeline.Default) { BatchSize = 5000 };
            var articles = items.Select(i => parser.Parse(new ArticleInput(i.FileName, Path.GetFileNameWithoutExtension(i.FileName), i.Text, InputFormat.PlainText) { Url = i.Url }).Value!);
            ingest.AddAll(articles, extracted => Interlocked.Add(ref quotes, extracted.Quotes.Count));
            ingest.Commit();
        }
        var seconds = clock.Elapsed.TotalSeconds;

        var rawFolder = indexFolder + "-raw";
        if (System.IO.Directory.Exists(rawFolder)) System.IO.Directory.Delete(rawFolder, recursive: true);
        clock.Restart();
        using (var directory = new NIOFSDirectory(new DirectoryInfo(rawFolder)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteAnalyzers.Version, new StandardAnalyzer(QuoteAnalyzers.Version))))
        {
            foreach (var item in items)
            {
                writer.UpdateDocument(new Term("id", item.FileName), [new StringField("id", item.FileName, Field.Store.YES), new TextField("text", item.Text, Field.Store.NO)]);
            }
            writer.Commit();
        }
        var rawSeconds = clock.Elapsed.TotalSeconds;
        System.IO.Directory.Delete(rawFolder, recursive: true);
        return new Result(count, megaBytes, seconds, rawSeconds, quotes);
    }
}
