from declint.cli.launch import console

if __name__ == "__main__":  # worker processes may import this module; only a run executes it
    console()
