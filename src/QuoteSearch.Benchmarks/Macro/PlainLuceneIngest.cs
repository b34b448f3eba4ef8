using System.Diagnostics;
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
        if (System.IO.Directory.Exists(work)) System.IO.Directory.Delete(work, recursive: true);
        var files = System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using (var directory = new NIOFSDirectory(new DirectoryInfo(work)))
        using (var writer = new IndexWriter(
                   directory, new IndexWriterConfig(QuoteAnalyzers.Version, new EnglishAnalyzer(QuoteAnalyzers.Version))))
        {
            foreach (var file in files)
            {
                writer.UpdateDocument(
                    new Term("id", file),
                    [new StringField("id", file, Field.Store.YES), new TextField("text", File.ReadAllText(file), Field.Store.NO)]);
            }
            writer.Commit();
        }
        Console.WriteLine($"{files.Count} {clock.Elapsed.TotalSeconds:F2}");
    }
}
