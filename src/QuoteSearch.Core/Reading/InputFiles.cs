using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Reading;

/// <summary>Expands the paths a user gives into the files to read, recursively and in a stable order.</summary>
public static class InputFiles
{
    private static readonly HashSet<string> Readable = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".gz",
    };

    public static IEnumerable<Result<string>> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return Result<string>.Ok(path);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Readable.Contains(Path.GetExtension(f)) && !IsHidden(f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return Result<string>.Ok(file);
                }
            }
            else
            {
                yield return Result<string>.Fail(ReadErrors.NotFound(path));
            }
        }
    }

    private static bool IsHidden(string file) => Path.GetFileName(file).StartsWith('.');
}
