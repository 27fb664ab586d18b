package app

import "github.com/maxence-charriere/go-app/v10/pkg/errors"

// go-app v10.1.11's crypto.go enciphers the states persisted with
// encryption (State.PersistWithEncryption, Context.Encrypt), which the page
// does not use; without it crypto/aes and crypto/cipher stay out of app.wasm.

func encrypt(key string, v []byte) ([]byte, error) {
	return nil, errors.New("encryption is left out of the page's build (build/wasmoverlay)")
}

func decrypt(key string, v []byte) ([]byte, error) {
	return nil, errors.New("encryption is left out of the page's build (build/wasmoverlay)")
}
