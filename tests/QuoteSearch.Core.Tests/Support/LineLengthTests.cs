namespace QuoteSearch.Core.Tests.Support;

/// <summary>
/// Every C# line under src/ and tests/ stays within the .editorconfig limit, so a long line fails the build's
/// tests rather than waiting for a reviewer to notice it.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 140;

    private static readonly string[] SourceFolders = ["src", "tests"];

    [Fact]
    public void Keeps_every_cs_line_within_140_characters()
    {
        var tooLong = SourceFolders
            .SelectMany(folder => CsFiles(Path.Combine(RepoPaths.Root, folder)))
            .SelectMany(LongLines)
            .ToList();

        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} line(s) over {MaxLineLength} characters:\n" + string.Join('\n', tooLong));
    }

    private static IEnumerable<string> CsFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(Path.GetRelativePath(RepoPaths.Root, file)))
            .Order(StringComparer.Ordinal);

    /// <summary>Generated files under bin/ and obj/ are not ours to wrap.</summary>
    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>Lengths count Unicode scalar values, as an editor's column does, not UTF-16 units.</summary>
    private static IEnumerable<string> LongLines(string file)
    {
        var relative = Path.GetRelativePath(RepoPaths.Root, file);
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var length = lines[i].EnumerateRunes().Count();
            if (length > MaxLineLength) yield return $"{relative}:{i + 1} ({length})";
        }
    }
}
