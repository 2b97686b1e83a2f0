from .recache import imports

with imports():
    from .cli import main

main()
