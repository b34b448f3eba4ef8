namespace QuoteSearch.Core.Domain;

/// <summary>Success or a human-readable error: the edges parse instead of throwing.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, string? error) => (Value, Error) = (value, error);

    public T? Value { get; }
    public string? Error { get; }
    public bool Success => Error is null;

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(string error) => new(default, error);
}
