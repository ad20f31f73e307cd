# An error in an annotation surfaces when __annotations__ is first read, with the annotation's
# line in the traceback.
class Config:
    host: str
    port: int
    timeout: Duration
def connect(cfg: Config, retries: int = 3) -> Connection:
    pass
try:
    Config.__annotations__
except NameError as e:
    print("class:", e)
print(connect.__annotations__ if False else "deferred")
connect.__annotations__
