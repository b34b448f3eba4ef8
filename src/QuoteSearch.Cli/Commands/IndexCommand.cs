using System.CommandLine;
using QuoteSearch.Cli.Output;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Cli.Commands;

/// <summary><c>index</c>: read, extract and upsert articles into the index, with a progress line for long runs.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var index = CommonOptions.Index();
        var maxBytes = CommonOptions.MaxBytes();
        var commitEvery = new Option<int>("--commit-every")
        {
            Description = "Commit after this many articles: a crash loses at most that many, a re-run fills them in. "
                + "Each commit costs a flush and new segments to merge",
            DefaultValueFactory = _ => 5000,
        };
        commitEvery.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--commit-every must be at least 1"); });
        var command = new Command("index", "Ingest files and folders into the index; an article indexed again replaces the old copy")
        {
            paths, index, maxBytes, commitEvery,
        };
        command.SetAction(result =>
        {
            var diagnostics = new Diagnostics();
            var opened = QuoteIndex.Open(result.GetValue(index)!, writable: true);
            if (!opened.Success)
            {
                diagnostics.Fail(opened.Error!);
                return diagnostics.ExitCode;
            }
            using var quoteIndex = opened.Value!;
            var reader = ArticleFileReader.CreateDefault(new ReaderOptions { MaxBytes = result.GetValue(maxBytes) });
            var ingest = new Ingest(quoteIndex, ExtractionPipeline.Default) { BatchSize = result.GetValue(commitEvery) };
            var files = InputFiles.Expand(result.GetValue(paths)!).ToList();
            var progress = new ProgressLine("indexed", files.Where(f => f.Success).Sum(f => new FileInfo(f.Value!).Length));
            long articles = 0, quotes = 0;
            IEnumerable<Core.Domain.Article> Read()
            {
                // Pulled by one worker at a time: diagnostics and progress need no locking.
                foreach (var file in files)
                {
                    if (!file.Success)
                    {
                        diagnostics.Fail(file.Error!);
                        continue;
                    }
                    var count = 0;
                    foreach (var outcome in reader.ReadFile(file.Value!))
                    {
                        if (!diagnostics.Report(outcome)) continue;
                        count++;
                        yield return outcome.Article!;
                    }
                    progress.Advance(count, new FileInfo(file.Value!).Length);
                }
            }
            ingest.AddAll(Read(), extracted =>
            {
                Interlocked.Increment(ref articles);
                Interlocked.Add(ref quotes, extracted.Quotes.Count);
            }, (article, error) => diagnostics.Fail(CliErrors.ExtractionFailed(article.Id, error.Message)));
            ingest.Commit();
            progress.Finish();
            Console.Error.WriteLine($"indexed {articles:N0} articles with {quotes:N0} quotes and statements into {quoteIndex.Location}");
            // Nothing to index is never what was meant: a wrong folder or file type must not pass for success.
            if (articles == 0) diagnostics.Warn(CliErrors.NoArticles(string.Join(", ", result.GetValue(paths)!)), failing: true);
            return diagnostics.ExitCode;
        });
        return command;
    }
}
