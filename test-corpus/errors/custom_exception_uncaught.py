# Uncaught user-defined exception with a custom __str__, raised from a method of a subclass.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class Form:
    def validate(self, data):
        for field in ("name", "age"):
            if field not in data:
                raise ValidationError(field, "is required")
        return True
class SignupForm(Form):
    def submit(self, data):
        print("submitting", sorted(data))
        return self.validate(data)
print(SignupForm().submit({"name": "x", "age": 3}))
SignupForm().submit({"name": "y"})
