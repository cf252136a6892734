"""The one error type the pipeline raises for bad input."""


class InputError(ValueError):
    """Bad input, located precisely enough to fix: file, line and field.

    >>> str(InputError("data/raw/values.csv", "not a number: 'abc'", line=12, field="value"))
    "data/raw/values.csv, line 12, field 'value': not a number: 'abc'"
    """

    def __init__(self, path, message, *, line=None, field=None):
        self.path = str(path)
        self.message = message
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self):
        where = [self.path]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field is not None:
            where.append(f"field '{self.field}'")
        return ", ".join(where) + f": {self.message}"
