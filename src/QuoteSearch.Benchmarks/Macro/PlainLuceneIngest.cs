using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// The yardstick for `quotesearch index` on a folder: plain Lucene.Net, one thread, every file's text in one
/// EnglishAnalyzer field, committed once. Run as its own process, so it pays its own start-up and JIT as the CLI
/// does. `QuoteSearch.Benchmarks.dll plain-lucene --folder DIR --work DIR` prints "articles seconds".
/// </summary>
internal static class PlainLuceneIngest
{
    public static void Run(string folder, string work)
    {
        var clock = Stopwatch.StartNew();
        var files = System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Index(files.Select(file => (file, File.ReadAllText(file))), work, new EnglishAnalyzer(QuoteAnalyzers.Version));
        Console.WriteLine($"{files.Count} {clock.Elapsed.TotalSeconds:F2}");
    }

    /// <summary>Indexes each (id, text) as one document of a keyword id and one analysed text field, then commits.</summary>
    public static void Index(IEnumerable<(string Id, string Text)> documents, string folder, Analyzer analyzer)
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteAnalyzers.Version, analyzer));
        foreach (var (id, text) in documents)
        {
            writer.UpdateDocument(
                new Term("id", id), [new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.NO)]);
        }
        writer.Commit();
    }
}
