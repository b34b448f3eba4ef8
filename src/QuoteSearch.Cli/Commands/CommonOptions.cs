using System.CommandLine;

namespace QuoteSearch.Cli.Commands;

/// <summary>Arguments and options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files or folders (read recursively): .txt, .html, .jsonl feeds, and any of them .gz",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Index() => new("--index")
    {
        Description = "Folder of the Lucene index",
        DefaultValueFactory = _ => "index",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a table" };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Largest input file read (after decompression), in bytes",
        DefaultValueFactory = _ => Core.Reading.ReaderOptions.Default.MaxBytes,
    };
}
